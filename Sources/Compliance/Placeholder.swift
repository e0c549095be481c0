/// Placeholder until the rules land.
enum CompliancePlaceholder {}
