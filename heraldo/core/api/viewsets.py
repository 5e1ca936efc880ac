"""The viewset the modules' APIs build on."""

from rest_framework import mixins, viewsets

# For viewsets whose get_object hands the id to an access gate instead of DRF's get_object_or_404.
NUMERIC_ID = r"\d+"


class NoDeleteModelViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """A model viewset without delete: the office deactivates, withdraws or cancels a record so its history stays.

    Its records are found by number: any other text in the id's place is a 404 from the router, before a gate
    that looks the id up could turn it into a server error."""

    lookup_value_regex = NUMERIC_ID
