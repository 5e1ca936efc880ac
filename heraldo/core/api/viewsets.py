"""The viewset the modules' APIs build on."""

from rest_framework import mixins, viewsets


class NoDeleteModelViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """A model viewset without delete: the office deactivates, withdraws or cancels a record so its history stays."""
