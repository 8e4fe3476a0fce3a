// Typed change messages: a Topic<Message> tells its subscribers of each change, and a
// Subscription ends itself when it is destroyed, so a view that goes away is never called.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace hep {

// Ends a subscription when destroyed (or reset); movable, not copyable. Safe to outlive its
// topic.
class Subscription {
  public:
    Subscription() = default;
    explicit Subscription(std::function<void()> end) : end_(std::move(end)) {}
    Subscription(Subscription&& other) noexcept : end_(std::exchange(other.end_, nullptr)) {}
    Subscription& operator=(Subscription&& other) noexcept {
        if (this != &other) {
            reset();
            end_ = std::exchange(other.end_, nullptr);
        }
        return *this;
    }
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription() { reset(); }

    void reset() {
        if (end_) {
            std::exchange(end_, nullptr)();
        }
    }

  private:
    std::function<void()> end_;
};

template <class Message>
class Topic {
  public:
    using Listener = std::function<void(const Message&)>;

    [[nodiscard]] Subscription subscribe(Listener listener) {
        const std::size_t id = state_->next++;
        state_->listeners.emplace_back(id, std::move(listener));
        std::weak_ptr<State> weak = state_;
        return Subscription([weak, id] {
            if (auto state = weak.lock()) {
                std::erase_if(state->listeners,
                              [id](const auto& entry) { return entry.first == id; });
            }
        });
    }

    // Calls every listener subscribed now; one that unsubscribes another during the call stops
    // that one from being called.
    void publish(const Message& message) const {
        std::vector<std::size_t> ids;
        for (const auto& entry : state_->listeners) {
            ids.push_back(entry.first);
        }
        for (std::size_t id : ids) {
            for (const auto& entry : state_->listeners) {
                if (entry.first == id) {
                    Listener listener = entry.second;  // the entry may go while it runs
                    listener(message);
                    break;
                }
            }
        }
    }

    std::size_t subscriberCount() const { return state_->listeners.size(); }

  private:
    struct State {
        std::vector<std::pair<std::size_t, Listener>> listeners;
        std::size_t next = 1;
    };
    std::shared_ptr<State> state_ = std::make_shared<State>();
};

// What changed in the program being edited.
struct ProgramChanged {
    enum class Kind { Edit, Undo, Redo, Reset, Saved };
    Kind kind = Kind::Edit;
};

// The catalogue's exercises changed (custom exercises added, edited or removed; built-ins
// refreshed).
struct CatalogueChanged {};

// Templates were added, renamed, changed or removed.
struct TemplatesChanged {};

}  // namespace hep
