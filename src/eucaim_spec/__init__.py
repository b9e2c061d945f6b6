"""eucaim-spec: the EUCAIM standards as LinkML/SHACL sources, generated artifacts and a tier checker."""

__version__ = "0.1.0"
