"""The template engine: a filled mapping template (``eucaim template``) checked cell by cell."""

from eucaim_spec.validate.template.engine import TemplateEngine

__all__ = ["TemplateEngine"]
