"""A release's body keeps exactly what the editor offers (bold, italic, links, subheadings, lists) and nothing else."""

from heraldo.press.rich_text import release_body_clean

LINK_REL = ' rel="noopener noreferrer nofollow"'


def test_what_the_editor_makes_survives_as_it_is():
    body = (
        "<h2>Obras</h2><p>Texto con <strong>negrita</strong>, <em>cursiva</em> y "
        '<a href="https://www.munidemo.gob.pe/obras">un enlace</a>.</p>'
        "<h3>Detalle</h3><ul><li>uno</li></ul><ol><li>dos</li></ol><p>línea<br>partida</p>"
    )
    assert release_body_clean(body).html == body.replace('/obras"', '/obras"' + LINK_REL)
    assert release_body_clean(body).removed == []


def test_word_formatting_becomes_the_same_meaning_in_the_allowed_tags():
    pasted = '<h1>Título</h1><p><b>fuerte</b> <i>inclinada</i></p><h4>menor</h4><p><img src="x.png">fin</p>'
    result = release_body_clean(pasted)
    assert result.html == "<h2>Título</h2><p><strong>fuerte</strong> <em>inclinada</em></p><h3>menor</h3><p>fin</p>"


def test_everything_else_goes_and_the_editor_is_told():
    pasted = (
        '<p style="color:red" class="x" onclick="steal()">Hola <u>sub</u> <span>texto</span></p>'
        "<table><tr><td>celda</td></tr></table><blockquote>cita</blockquote><script>alert(1)</script>"
        '<p><a href="javascript:alert(1)" title="t" target="_blank">malo</a></p>'
    )
    result = release_body_clean(pasted)
    assert result.html == "<p>Hola sub texto</p>celdacita<p><a" + LINK_REL + ">malo</a></p>"
    assert any("script" in item for item in result.removed)
    assert any("onclick" in item for item in result.removed)
    assert any("<table>" in item for item in result.removed)


def test_cleaning_twice_changes_nothing():
    once = release_body_clean("<h1>A</h1><p><b>b</b> <a href='https://x.pe'>c</a></p>").html
    assert release_body_clean(once).html == once
