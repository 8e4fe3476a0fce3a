// Errors that the model reports: bad input (with where it is) and storage failures.
#pragma once

#include <stdexcept>
#include <string>

namespace hep {

// A message with its NUL characters written as \x00: what() is read up to the first NUL, so an
// id holding one would cut the message before the field it names.
inline std::string withoutNul(std::string message) {
    for (std::size_t at = message.find('\0'); at != std::string::npos;
         at = message.find('\0', at)) {
        message.replace(at, 1, "\\x00");
    }
    return message;
}

// Every error HEP Studio reports on purpose: its message says what is wrong and where, ready to
// show to a person. The edges (the hep command, the window) catch this one type; anything else
// that reaches them is unexpected.
class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message) : std::runtime_error(withoutNul(message)) {}
};

// Input that cannot be used: a file, a field or a value that is wrong. The message names the
// place (file, item, field) and what is wrong.
class InputError : public Error {
  public:
    using Error::Error;
};

// The database or the file system failed or refused: the message says which file and why.
class StorageError : public Error {
  public:
    using Error::Error;
};

// The database is held by another HEP Studio window: nothing is wrong with the file.
class DatabaseInUseError : public StorageError {
  public:
    using StorageError::StorageError;
};

// The database, or its folder, cannot be written by this user: nothing is wrong with the file.
class DatabaseNotWritableError : public StorageError {
  public:
    using StorageError::StorageError;
};

// Something a person asked for does not exist (an exercise id, a template id).
class NotFoundError : public Error {
  public:
    using Error::Error;
};

}  // namespace hep
