enum AWSOrganizationPlaceholder {}
