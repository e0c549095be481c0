enum AWSSignerPlaceholder {}
