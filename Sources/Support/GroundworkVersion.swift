/// The released version, shown by `--version` and stamped into reports and evidence so an
/// auditor knows which rules produced them.
public enum GroundworkVersion {
    public static let current = "0.1.0"
}
