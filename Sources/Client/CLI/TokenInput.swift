import ClientCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where `attach` gets its token, in order: `--token-stdin` (the first line of standard input), `TRIBUTARY_TOKEN`,
/// or a prompt without echo when standard input is a terminal. Never an argument: `ps` shows those to everyone.
enum TokenInput {
    static func read(fromStandardInput: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let token: String?
        if fromStandardInput {
            token = readLine(strippingNewline: true)
        } else if let value = environment["TRIBUTARY_TOKEN"], !value.isEmpty {
            token = value
        } else if isatty(STDIN_FILENO) == 1 {
            token = prompt(tr("令牌：", "Token: "))
        } else {
            throw CommandFailure(message: tr("请提供令牌：设置 TRIBUTARY_TOKEN，或用 --token-stdin 从标准输入传入。",
                                             "give the token: set TRIBUTARY_TOKEN, or pipe it with --token-stdin."))
        }
        guard let token = token?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else {
            throw CommandFailure(message: tr("令牌为空", "the token is empty"))
        }
        return token
    }

    /// Reads one line from the terminal with echo off, restoring the terminal afterwards.
    private static func prompt(_ text: String) -> String? {
        FileHandle.standardError.write(Data(text.utf8))
        var original = termios()
        let haveTerminal = tcgetattr(STDIN_FILENO, &original) == 0
        if haveTerminal {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            silent.c_lflag |= tcflag_t(ECHONL)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        }
        defer { if haveTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) } }
        return readLine(strippingNewline: true)
    }
}
