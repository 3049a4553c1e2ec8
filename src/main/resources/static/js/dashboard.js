// The dashboard's charts (Chart.js), drawn from /dashboard/data.json: the CSP forbids inline script, so the page
// only names the URL in a data- attribute. Clicking a bar of a breakdown opens the placements behind it; the tables
// under each chart carry the same numbers and links without JavaScript.
(function () {
  'use strict';

  var COLOURS = ['#1f5f99', '#d9822b', '#2e8b57', '#8e44ad', '#c0392b'];

  function monthly(canvas, data) {
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return { label: s.label, data: s.data, backgroundColor: COLOURS[i % COLOURS.length] };
        })
      },
      options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  function breakdown(canvas, shares) {
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: shares.map(function (s) { return s.label; }),
        datasets: [{ data: shares.map(function (s) { return s.count; }), backgroundColor: COLOURS[0] }]
      },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        onClick: function (event, elements) {
          if (elements.length > 0) {
            window.location.href = shares[elements[0].index].url;
          }
        }
      }
    });
  }

  function init() {
    var canvas = document.getElementById('kpi-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    fetch(canvas.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (data) {
        monthly(canvas, data);
        document.querySelectorAll('canvas.breakdown-chart').forEach(function (c) {
          breakdown(c, data.breakdowns[c.dataset.dimension] || []);
        });
      })
      .catch(function () { /* the tables below the charts show the same numbers */ });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
}());
