// The national KPI page's ranked prefectures (Chart.js, horizontal bars), drawn from the canvas's data-ranking
// attribute: the CSP forbids inline script. A prefecture whose count is suppressed (1 or 2, 「3未満」) comes with no
// value, so it gets no bar, only its label in the tooltip; the table under the chart holds the same figures.
(function () {
  'use strict';

  function init() {
    var canvas = document.getElementById('prefecture-ranking');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var bars;
    try {
      bars = JSON.parse(canvas.dataset.ranking || '[]');
    }
    catch (e) {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bars.map(function (b) { return b.label; }),
        datasets: [{ data: bars.map(function (b) { return b.value; }), backgroundColor: '#1f5f99' }]
      },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (ctx) { return bars[ctx.dataIndex].shown; } } }
        },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } }
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
}());
