// The file system under the design files: reading exactly one regular file once, and
// replacing a file all or nothing with a temp file that a later save can recognise and
// clear if a crash left it behind.
#pragma once

#include <cstddef>
#include <string>

namespace callstudio {

struct FileBytes
{
    enum class Failure { None, Missing, SymlinkLoop, Directory, NotRegular, TooLarge, Unreadable };
    Failure failure = Failure::None;
    std::string bytes;  // the whole file when failure is None
    std::string reason; // the system's words, for Unreadable
    std::string kind;   // for NotRegular: "FIFO", "socket", "device"
    long long size = 0; // for TooLarge
};

// Reads `path` if it is a regular file (after symlinks) of at most `maxBytes`. FIFOs,
// sockets and devices are refused from their status, before any open() could block.
FileBytes readRegularFile(const std::string &path, size_t maxBytes);

// Replaces `path` (or the file a symlink at `path` points to) with `text`: written to
// ".NAME.callstudio-save-XXXXXX" beside it, flushed to disk, renamed over it. Clears
// leftovers of earlier crashed saves of the same target first. Empty on success, else
// the system's reason.
std::string replaceFileAtomically(const std::string &path, const std::string &text);

// Removes temp files that crashed saves of `path` left beside it; a save still running
// (its temp file locked) is left alone. Returns how many were removed.
int removeSaveLeftovers(const std::string &path);

// The prefix and infix of a temp file name, for tests that look for leftovers.
inline constexpr const char *kSaveTempInfix = ".callstudio-save-";

} // namespace callstudio
