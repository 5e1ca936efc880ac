"""The API's JSON parser: hostile bodies are bad requests, never server errors."""

from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as exc:  # e.g. a body of 100,000 nested brackets
            raise ParseError(_("El JSON está anidado demasiado profundo.")) from exc
