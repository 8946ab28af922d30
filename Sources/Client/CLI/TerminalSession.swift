import Foundation
import ClientCore
import Review
#if canImport(Glibc)
import Glibc
#endif

/// Set by the SIGWINCH handler, read and cleared by the session's loop. A signal handler may only touch a flag.
nonisolated(unsafe) private var windowChanged: sig_atomic_t = 0

/// The one impure part of the review screen: raw terminal mode, the alternate screen, the window size and its
/// changes, reading key bytes, and handing the terminal to $EDITOR and back. Everything it shows comes from
/// `ReviewRender`, everything it reads goes to `ReviewState` as `Key`s.
final class TerminalSession {
    private var original = termios()
    private var pending: [UInt8] = []
    private var active = false

    /// Colour unless NO_COLOR is set (https://no-color.org) or the output is not a terminal.
    static var colourWanted: Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(STDOUT_FILENO) == 1
    }

    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    init() throws {
        guard TerminalSession.isInteractive else {
            throw CommandFailure(message: "not a terminal")
        }
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { throw CommandFailure(message: "tcgetattr failed") }
        signal(SIGWINCH) { _ in windowChanged = 1 }
        // A parent may have blocked the signal (the mask is inherited through exec): unblock it for this thread.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        sigaddset(&wanted, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        enter()
    }

    deinit { leave() }

    /// Raw mode (no echo, no line editing, no signals from keys, bytes as they come), alternate screen, no cursor.
    private func enter() {
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        write("\u{1B}[?1049h\u{1B}[?25l\u{1B}[2J")
        active = true
    }

    /// Puts the terminal back as it was: cooked mode, main screen, cursor shown.
    func leave() {
        guard active else { return }
        write("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
        active = false
    }

    var size: (width: Int, height: Int) { Self.size(of: STDOUT_FILENO) }

    /// The size of the terminal behind a descriptor; 80×24 when it is not one.
    static func size(of descriptor: Int32) -> (width: Int, height: Int) {
        var ws = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0, ws.ws_row > 0 {
            return (Int(ws.ws_col), Int(ws.ws_row))
        }
        return (80, 24)
    }

    static func columns(of descriptor: Int32) -> Int { size(of: descriptor).width }

    private var lastSize: (width: Int, height: Int)?

    /// True once after each window size change: signalled by SIGWINCH, or seen by comparing sizes (the signal may
    /// be blocked or arrive on another thread; the size check is one ioctl per loop).
    func takeResize() -> Bool {
        let now = size
        let changed = windowChanged != 0 || lastSize.map { $0 != now } ?? true
        windowChanged = 0
        lastSize = now
        return changed
    }

    /// Draws a whole frame, row by row at absolute positions (never relying on line wrap).
    func draw(_ lines: [String]) {
        var out = "\u{1B}[H"
        for (row, line) in lines.enumerated() {
            out += "\u{1B}[\(row + 1);1H" + line + "\u{1B}[0m"
        }
        write(out)
    }

    /// Waits up to `timeoutMs` for key bytes and returns the keys they make. A lone ESC becomes the Escape key when
    /// nothing follows it within the wait.
    /// Nil when the terminal is gone (hang-up, closed input): the caller stops without writing anything.
    func readKeys(timeoutMs: Int32) -> [Key]? {
        var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let ready = poll(&fds, 1, pending.isEmpty ? timeoutMs : 30)
        if ready > 0 {
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = Glibc.read(STDIN_FILENO, &buffer, buffer.count)
            if count > 0 {
                pending += buffer[0..<count]
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                return nil
            }
        } else if ready < 0, errno != EINTR {
            return nil
        }
        var (keys, rest) = KeyDecoder.decode(pending)
        if ready <= 0, rest == [0x1B] {
            keys.append(.escape)
            rest = []
        }
        pending = rest
        return keys
    }

    /// Hands the terminal to $EDITOR on `text` and takes it back; nil when the editor failed.
    func edit(_ text: String) throws -> String? {
        leave()
        defer { enter() }
        return try TerminalSession.runEditor(on: text)
    }

    /// Runs $VISUAL or $EDITOR (else vi) on a temporary file holding `text`; returns the file afterwards, or nil when
    /// the editor exited with an error or left the file as it was (no decision is taken from an editor that was
    /// merely closed).
    ///
    /// Started with `posix_spawn` and no process-group attribute, so the editor stays in this process's group: the
    /// terminal's foreground group. Foundation's `Process` puts its child in a group of its own, where a terminal
    /// editor (vim) is stopped by SIGTTIN/SIGTTOU the moment it reads the keyboard or sets up the screen.
    static func runEditor(on text: String) throws -> String? {
        let env = ProcessInfo.processInfo.environment
        let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tributary-edit-\(UUID().uuidString).txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // The editor setting may carry arguments ("code --wait"): let the shell split it.
        let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "editor", file.path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ)
        guard spawned == 0 else { throw CommandFailure(message: tr("无法启动编辑器 \(editor)", "cannot start the editor \(editor)")) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { return nil }
        let edited = try String(contentsOf: file, encoding: .utf8)
        return edited == text ? nil : edited
    }

    private func write(_ text: String) {
        var data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { break }
            offset += n
        }
    }
}
