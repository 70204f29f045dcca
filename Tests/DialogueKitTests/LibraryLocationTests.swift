import Foundation
import Testing

@testable import DialogueKit

@Suite struct LibraryLocationTests {
    static let home = ["HOME": "/home/asa"]

    @Test func theExplicitFolderWins() {
        let environment = Self.home.merging(["TING_DIR": "/srv/ting", "XDG_DATA_HOME": "/x"]) { $1 }
        #expect(LibraryLocation.resolve(explicit: "/tmp/bib", environment: environment).path == "/tmp/bib")
    }

    @Test func tingDirComesNext() {
        let environment = Self.home.merging(["TING_DIR": "/srv/ting", "XDG_DATA_HOME": "/x"]) { $1 }
        #expect(LibraryLocation.resolve(explicit: nil, environment: environment).path == "/srv/ting")
    }

    @Test func thenXDGDataHome() {
        let environment = Self.home.merging(["XDG_DATA_HOME": "/data"]) { $1 }
        #expect(LibraryLocation.resolve(explicit: nil, environment: environment).path == "/data/ting")
    }

    @Test func thenTheHomeFolder() {
        #expect(
            LibraryLocation.resolve(explicit: nil, environment: Self.home).path
                == "/home/asa/.local/share/ting")
    }

    @Test func emptyValuesAndARelativeXDGDataHomeAreIgnored() {
        let environment = Self.home.merging(["TING_DIR": "", "XDG_DATA_HOME": "data"]) { $1 }
        #expect(
            LibraryLocation.resolve(explicit: " ", environment: environment).path
                == "/home/asa/.local/share/ting")
    }

    @Test func aTildeMeansHome() {
        #expect(LibraryLocation.resolve(explicit: "~/Ting", environment: Self.home).path == "/home/asa/Ting")
        #expect(LibraryLocation.resolve(explicit: "~", environment: Self.home).path == "/home/asa")
        let environment = Self.home.merging(["TING_DIR": "~/bib/../bibliotek"]) { $1 }
        #expect(
            LibraryLocation.resolve(explicit: nil, environment: environment).path == "/home/asa/bibliotek")
    }
}
