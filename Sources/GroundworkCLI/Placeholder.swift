
public enum GroundworkCLI {
    public static func main() async -> Int32 { 0 }
}
