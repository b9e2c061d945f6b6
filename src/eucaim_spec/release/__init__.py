"""Release gate for the standards: element view of two versions, change classes, version rule, migrations."""
