// A library preloaded (LD_PRELOAD) into HEP Studio's programs by no_network_test.sh: it refuses
// every Internet socket and name lookup, and writes each attempt to the file named by
// HEP_NETWORK_LOG, so the test can show that HEP Studio never opens a network connection.
// Local sockets (the X server, D-Bus) are let through.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void record(const char* what, const char* detail) {
    const char* path = std::getenv("HEP_NETWORK_LOG");
    if (path == nullptr) {
        return;
    }
    int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0) {
        return;
    }
    char line[512];
    int n = std::snprintf(line, sizeof line, "%s(%s) by pid %d\n", what, detail, int(::getpid()));
    if (n > 0) {
        ssize_t written = ::write(fd, line, std::size_t(n) < sizeof line ? n : sizeof line - 1);
        (void)written;
    }
    ::close(fd);
}

bool isNetwork(int domain) {
    return domain == AF_INET || domain == AF_INET6 || domain == AF_PACKET;
}

}  // namespace

extern "C" {

int socket(int domain, int type, int protocol) {
    if (isNetwork(domain)) {
        char detail[32];
        std::snprintf(detail, sizeof detail, "domain %d", domain);
        record("socket", detail);
        errno = EACCES;
        return -1;
    }
    using Socket = int (*)(int, int, int);
    static auto next = reinterpret_cast<Socket>(dlsym(RTLD_NEXT, "socket"));
    return next(domain, type, protocol);
}

// A numeric address ("127.0.0.1") is only parsed, so it goes through; a name lookup does not.
int getaddrinfo(const char* node, const char* service, const struct addrinfo* hints,
                struct addrinfo** result) {
    unsigned char address[sizeof(struct in6_addr)];
    if (node != nullptr &&
        (inet_pton(AF_INET, node, address) == 1 || inet_pton(AF_INET6, node, address) == 1)) {
        using GetAddrInfo =
            int (*)(const char*, const char*, const struct addrinfo*, struct addrinfo**);
        static auto next = reinterpret_cast<GetAddrInfo>(dlsym(RTLD_NEXT, "getaddrinfo"));
        return next(node, service, hints, result);
    }
    record("getaddrinfo", node != nullptr ? node : (service != nullptr ? service : "?"));
    return EAI_FAIL;
}

struct hostent* gethostbyname(const char* name) {
    record("gethostbyname", name != nullptr ? name : "?");
    h_errno = NO_RECOVERY;
    return nullptr;
}

}  // extern "C"
