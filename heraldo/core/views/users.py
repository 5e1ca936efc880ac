"""Accounts, for the system administrator: open, edit roles, deactivate (sessions end at once)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.audit import history_for
from heraldo.core.forms import UserAccountForm, UserFilterForm
from heraldo.core.models import User
from heraldo.core.permissions import capability_required
from heraldo.core.services.users import user_create, user_deactivate, user_reactivate, user_update

manage_users = capability_required("manage_users")


def _accounts(*, q: str = "", role: Group | None = None, status: str = ""):
    accounts = User.objects.prefetch_related(Prefetch("groups", queryset=Group.objects.order_by("name")))
    if q:
        accounts = accounts.filter(
            Q(username__icontains=q) | Q(first_name__icontains=q) | Q(last_name__icontains=q) | Q(email__icontains=q)
        )
    if role:
        accounts = accounts.filter(groups=role)
    if status:
        accounts = accounts.filter(is_active=status == "active")
    return accounts.order_by("-is_active", "first_name", "last_name", "username")


@login_required
@manage_users
def user_list(request):
    form = UserFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    page = Paginator(_accounts(**filters), 50).get_page(request.GET.get("page"))
    querystring = request.GET.copy()
    querystring.pop("page", None)
    return render(request, "core/users/list.html", {"form": form, "page": page, "querystring": querystring.urlencode()})


@login_required
@manage_users
def user_new(request):
    form = UserAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account = user_create(actor=request.user, roles=form.cleaned_data["roles"], **form.account_fields())
        messages.success(
            request,
            _("Cuenta creada. Se envió a %(email)s el enlace para elegir contraseña.") % {"email": account.email},
        )
        return redirect("core:user_detail", user_id=account.pk)
    return render(request, "core/users/form.html", {"form": form})


@login_required
@manage_users
def user_detail(request, user_id: int):
    account = get_object_or_404(User, pk=user_id)
    form = UserAccountForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        user_update(actor=request.user, user=account, roles=form.cleaned_data["roles"], **form.account_fields())
        messages.success(request, _("Cambios guardados."))
        return redirect("core:user_detail", user_id=account.pk)
    return render(
        request,
        "core/users/form.html",
        {"form": form, "account": account, "history": history_for(account)[:20]},
    )


@login_required
@manage_users
@require_POST
def user_set_active(request, user_id: int):
    account = get_object_or_404(User, pk=user_id)
    try:
        if request.POST.get("active") == "1":
            user_reactivate(actor=request.user, user=account)
            messages.success(request, _("La cuenta está activa de nuevo."))
        else:
            user_deactivate(actor=request.user, user=account)
            messages.success(request, _("Cuenta desactivada: sus sesiones y llaves de API dejaron de valer."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("core:user_detail", user_id=account.pk)
