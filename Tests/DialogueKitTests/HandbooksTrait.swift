import Foundation
import Testing

extension Trait where Self == ConditionTrait {
    /// Skips a test or suite that reads the handbooks when the folder `../shared/handbooks` is not
    /// beside the repository (a clone on its own); the skip says so in the test output.
    static var needsHandbooks: Self {
        .enabled(
            if: FileManager.default.fileExists(atPath: TemplateTestSupport.handbooks.path),
            "it reads the handbooks, and \(TemplateTestSupport.handbooks.path) is absent")
    }
}
