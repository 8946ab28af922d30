import Foundation
import Shared

/// The one localizer of this process, chosen from the locale variables where the program starts. ArgumentParser reads
/// the help texts from static configuration before any command runs, so the entry point holds it here; everything
/// below the commands (ClientCore, the review screens) is handed it and never reads the environment.
let localizer = Localizer.detect(ProcessInfo.processInfo.environment)

/// A text in the user's language.
func tr(_ zh: String, _ en: String) -> String { localizer(zh, en) }

/// An error in the user's language: ours are worded in both, anything else as it describes itself.
func say(_ error: Error) -> String {
    (error as? LocalizedMessage)?.message(localizer) ?? String(describing: error)
}
