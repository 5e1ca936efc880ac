from django.urls import path

from heraldo.directory.views import (
    authorities,
    coordination,
    greetings,
    keeping,
    lists,
    merge,
    personal_data,
    registry,
    transfer,
)

app_name = "directory"

urlpatterns = [
    path("", registry.home, name="home"),
    path("entidades/", registry.entity_list, name="entity_list"),
    path("entidades/nueva/", registry.entity_create, name="entity_create"),
    path("entidades/<int:entity_id>/", registry.entity_detail, name="entity_detail"),
    path("entidades/<int:entity_id>/editar/", registry.entity_update, name="entity_update"),
    path("entidades/<int:entity_id>/cargos/nuevo/", registry.position_create, name="position_create"),
    path(
        "entidades/<int:entity_id>/cambio-de-autoridades/",
        authorities.authorities_replace_view,
        name="authorities_replace",
    ),
    path("entidades/<int:entity_id>/coordinaciones/", coordination.entity_timeline, name="entity_timeline"),
    path(
        "entidades/<int:entity_id>/coordinaciones/nueva/",
        coordination.coordination_create_view,
        name="coordination_create",
    ),
    path("coordinaciones/<int:coordination_id>/", coordination.coordination_detail, name="coordination_detail"),
    path("coordinaciones/<int:coordination_id>/editar/", coordination.coordination_edit, name="coordination_edit"),
    path("tareas/", coordination.my_tasks, name="my_tasks"),
    path("tareas/<int:task_id>/cumplida/", coordination.followup_done, name="followup_done"),
    path("personas/", registry.person_list, name="person_list"),
    path("personas/nueva/", registry.person_create, name="person_create"),
    path("personas/<int:person_id>/", registry.person_detail, name="person_detail"),
    path("personas/<int:person_id>/editar/", registry.person_update, name="person_update"),
    path("personas/<int:person_id>/datos-personales/", personal_data.personal_data_page, name="personal_data"),
    path(
        "personas/<int:person_id>/datos-personales/base-legal/", personal_data.legal_basis_set, name="legal_basis_set"
    ),
    path(
        "personas/<int:person_id>/datos-personales/exportar/",
        personal_data.personal_data_export,
        name="personal_data_export",
    ),
    path(
        "personas/<int:person_id>/datos-personales/suprimir/",
        personal_data.personal_data_erase,
        name="personal_data_erase",
    ),
    path("cargos/<int:position_id>/", registry.position_detail, name="position_detail"),
    path("cargos/<int:position_id>/editar/", registry.position_update, name="position_update"),
    path("cargos/<int:position_id>/periodos/nuevo/", registry.term_create, name="term_create"),
    path("periodos/<int:term_id>/editar/", registry.term_update, name="term_update"),
    path("periodos/<int:term_id>/cerrar/", registry.term_end, name="term_end"),
    path("importar/", transfer.import_view, name="import"),
    path("importar/confirmar/", transfer.import_confirm, name="import_confirm"),
    path("importar/<int:job_id>/", transfer.import_job, name="import_job"),
    path("importar/plantilla-<str:kind>.<str:fmt>", transfer.import_template, name="import_template"),
    path("entidades/exportar.<str:fmt>", transfer.entity_export, name="entity_export"),
    path("personas/exportar.<str:fmt>", transfer.person_export, name="person_export"),
    path("listas/", lists.list_index, name="lists"),
    path("listas/nueva/", lists.list_edit, name="list_create"),
    path("listas/<int:list_id>/", lists.list_detail, name="list_detail"),
    path("listas/<int:list_id>/editar/", lists.list_edit, name="list_update"),
    path("listas/<int:list_id>/eliminar/", lists.list_delete, name="list_delete"),
    path("por-verificar/", keeping.stale_list, name="stale_list"),
    path("aniversarios/", keeping.occasions, name="occasions"),
    path("aniversarios/carta/", greetings.letter_view, name="letter"),
    path("saludos/", greetings.greeting_list, name="greetings"),
    path("<str:kind>/<int:object_id>/fusionar/", merge.merge_view, name="merge"),
    path("<str:kind>/<int:object_id>/verificar/", registry.record_verify, name="record_verify"),
]
