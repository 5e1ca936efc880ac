// Dashboard charts: each <canvas data-chart='{"kind": …}'> draws the JSON in its attribute (escaped by the
// template like any attribute). No inline script: the CSP forbids it. The numbers are also in a table
// beside each chart, for screen readers and for reading on paper.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }
  var COLORS = {
    positive: "#198754",
    negative: "#b02a37",
    neutral: "#8c959f",
    accent: "#9b1c2c",
    warning: "#c77700",
    muted: "#adb5bd",
    info: "#2c6e9b"
  };
  var PALETTE = ["#9b1c2c", "#2c6e9b", "#c77700", "#198754", "#6f42c1", "#8c959f"];
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = "#495057";
  Chart.defaults.animation = false;

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    var doughnut = data.kind === "doughnut";
    var datasets = data.series.map(function (series, index) {
      var color = COLORS[series.color] || PALETTE[index % PALETTE.length];
      return {
        label: series.label,
        data: series.values,
        backgroundColor: doughnut ? series.values.map(function (_v, i) { return PALETTE[i % PALETTE.length]; }) : color,
        borderColor: data.kind === "line" ? color : undefined,
        borderWidth: data.kind === "line" ? 2 : 0,
        pointRadius: 0,
        tension: 0.25
      };
    });
    var axes = doughnut ? {} : {
      x: { stacked: data.stacked, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 8 } },
      y: { stacked: data.stacked, beginAtZero: true, ticks: { precision: 0 }, grid: { color: "#eef0f2" } }
    };
    if (data.horizontal && !doughnut) {
      axes = { x: axes.y, y: { stacked: data.stacked, grid: { display: false }, ticks: { autoSkip: false } } };
    }
    new Chart(canvas, {
      type: data.kind,
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: data.horizontal ? "y" : "x",
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { display: datasets.length > 1 || doughnut, position: "bottom", labels: { boxWidth: 12 } }
        },
        scales: axes
      }
    });
  }
  document.querySelectorAll("canvas[data-chart]").forEach(draw);
})();
