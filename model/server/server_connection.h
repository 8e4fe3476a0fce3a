// One connection to the clinic server, and the way every read and write goes through it: a
// write in one serializable transaction, tried again when the server asks (serialization
// failure, deadlock); a lost connection opened again once; errors as StorageError naming the
// server and the way out.
#pragma once

#include <pqxx/pqxx>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "core/errors.h"

namespace hep::server {

class Connection {
  public:
    // Connects; throws StorageError when the server cannot be reached or refuses.
    explicit Connection(std::string uri);

    // "the clinic server postgresql://host:5432/db"
    const std::string& description() const { return description_; }

    // Runs work(transaction) and commits. Inside a write, reads run in the write's transaction
    // (they see what it has written so far).
    template <class Work>
    auto write(Work&& work) {
        return run(std::forward<Work>(work), Mode::Write);
    }
    template <class Work>
    auto read(Work&& work) {
        return run(std::forward<Work>(work), Mode::Read);
    }
    // A write whose first statement takes a lock (the migrations): read committed, so that each
    // statement after the wait sees what the client before it committed.
    template <class Work>
    auto writeLocked(Work&& work) {
        return run(std::forward<Work>(work), Mode::Locked);
    }

  private:
    using Serializable = pqxx::transaction<pqxx::serializable>;
    enum class Mode { Read, Write, Locked };

    template <class Work>
    auto run(Work&& work, Mode mode) {
        if (current_ != nullptr) {
            return work(*current_);
        }
        for (int attempt = 1;; ++attempt) {
            try {
                pqxx::connection& c = connection();
                std::unique_ptr<pqxx::transaction_base> tx;
                if (mode == Mode::Write) {
                    tx = std::make_unique<Serializable>(c);
                } else if (mode == Mode::Locked) {
                    tx = std::make_unique<pqxx::work>(c);
                } else {
                    tx = std::make_unique<pqxx::read_transaction>(c);
                }
                Current current(current_, tx.get());
                if constexpr (std::is_void_v<decltype(work(*tx))>) {
                    work(*tx);
                    tx->commit();
                    return;
                } else {
                    auto result = work(*tx);
                    tx->commit();
                    return result;
                }
            } catch (const pqxx::transaction_rollback&) {
                if (attempt >= kAttempts) {
                    fail(
                        "the server kept refusing the change because others were changing the "
                        "same things");
                }
            } catch (const pqxx::in_doubt_error&) {
                connection_.reset();
                fail(
                    "the connection was lost while a change was being saved; it may or may not "
                    "have been saved");
            } catch (const pqxx::broken_connection& e) {
                connection_.reset();
                if (attempt >= 2) {
                    fail(std::string("the connection was lost: ") + e.what());
                }
            } catch (const pqxx::sql_error& e) {
                fail(std::string("the server refused: ") + e.what());
            }
        }
    }

    // Sets the transaction that reads and writes share while one runs.
    class Current {
      public:
        Current(pqxx::transaction_base*& slot, pqxx::transaction_base* tx) : slot_(slot) {
            slot_ = tx;
        }
        ~Current() { slot_ = nullptr; }
        Current(const Current&) = delete;
        Current& operator=(const Current&) = delete;

      private:
        pqxx::transaction_base*& slot_;
    };

    static constexpr int kAttempts = 20;
    // A random wait that grows with each attempt, so that writers in conflict part ways.
    static void waitBeforeTrying(int attempt);

    pqxx::connection& connection();  // opens it again when it was lost
    [[noreturn]] void fail(const std::string& what) const;

    std::string uri_;
    std::string description_;
    std::unique_ptr<pqxx::connection> connection_;
    pqxx::transaction_base* current_ = nullptr;
};

}  // namespace hep::server
