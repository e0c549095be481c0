import Foundation
import GroundworkCLI

@main
struct Entrypoint {
    static func main() async {
        exit(await GroundworkCLI.main())
    }
}
