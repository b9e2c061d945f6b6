"""The imaging engine: DICOM headers scanned (never pixel data) and checked against validators/dicom.yaml.

Inside: ``header`` owns the DICOM format's constants and reads a file's header fast, ``scan`` walks a tree
into a tag table (workers, NIfTI sidecars), ``deid_profile`` is PS3.15 Table E.1-1 with EUCAIM's options,
``rules`` checks the tag table, ``engine`` ties them together (``DicomEngine``), ``extract_tags`` writes the
tag table for holders.
"""

from eucaim_spec.validate.dicom.engine import DicomEngine

__all__ = ["DicomEngine"]
