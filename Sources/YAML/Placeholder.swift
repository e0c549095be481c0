/// Placeholder until the YAML reader lands.
enum YAMLPlaceholder {}
