enum LogStorePlaceholder {}
