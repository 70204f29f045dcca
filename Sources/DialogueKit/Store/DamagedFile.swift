/// A file in the library that Ting cannot read. It is listed, never overwritten.
public struct DamagedFile: Codable, Equatable, Sendable {
    /// The file's name inside the library folder, e.g. `park.json`.
    public var fileName: String
    /// Where in the file the problem is: "rad 3, kolumn 14" or a key path such as
    /// `phases[1].items[3].kind`; nil when the whole file is affected.
    public var place: String?
    /// One Swedish sentence with the file, the place, what is wrong and how to fix it.
    public var reason: String

    /// A damaged file whose reason reads "Filen 'x.json' går inte att läsa (place): problem; fix."
    public init(fileName: String, place: String?, problem: String, fix: String) {
        self.fileName = fileName
        self.place = place
        let at = place.map { " (\($0))" } ?? ""
        self.reason = "Filen '\(fileName)' går inte att läsa\(at): \(problem); \(fix)."
    }

    /// A damaged file with its reason already written.
    init(fileName: String, place: String?, reason: String) {
        self.fileName = fileName
        self.place = place
        self.reason = reason
    }

    /// A damaged dialogue file with the usual fix: correct it or restore an earlier version; an earlier
    /// version itself (in `.backup/`) can only be corrected.
    init(fileName: String, problem: DecodingProblem) {
        let fix =
            if let stem = DialogueFileName.stem(ofFileName: fileName) {
                "rätta filen eller återställ en tidigare version: `ting history \(stem)` visar dem, "
                    + "`ting restore \(stem) 2` återställer den förra"
            } else {
                "rätta filen eller välj en annan version"
            }
        self.init(fileName: fileName, place: problem.place, problem: problem.problem, fix: fix)
    }

    /// The dialogue's stem (the file name without `.json`, or a journal's without `.inputs.jsonl`): how `ting`
    /// commands name it.
    public var stem: String {
        for companion in [".inputs.jsonl", ".contacts.jsonl"] where fileName.hasSuffix(companion) {
            return String(fileName.dropLast(companion.count))
        }
        return DialogueFileName.stem(ofFileName: fileName) ?? fileName
    }
}
