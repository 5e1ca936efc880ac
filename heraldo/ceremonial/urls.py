from django.urls import path  # noqa: F401

app_name = "ceremonial"

urlpatterns: list = []
