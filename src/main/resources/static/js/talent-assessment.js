// The assessment chart of a talent profile: one line per assessment over the digital-skill areas, the latest
// strongest. Data comes from the canvas's data- attributes (strict CSP: no inline script).
(function () {
  'use strict';

  var COLOURS = ['#b3b3b3', '#7f8cd9', '#4d5fd0', '#0017c1'];

  function draw() {
    var canvas = document.getElementById('assessment-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var labels = (canvas.getAttribute('data-labels') || '').split('|');
    var dates = (canvas.getAttribute('data-dates') || '').split('|');
    var series = (canvas.getAttribute('data-scores') || '').split(';');
    var max = Number(canvas.getAttribute('data-max') || '5');
    var datasets = series.map(function (scores, i) {
      var colour = COLOURS[Math.max(0, COLOURS.length - series.length + i)] || COLOURS[0];
      return {
        label: dates[i] || '',
        data: scores.split(',').map(Number),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: i === series.length - 1 ? 3 : 1.5,
        fill: false
      };
    });
    var chart = new window.Chart(canvas, {
      type: 'radar',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        scales: {
          r: {
            min: 0,
            max: max,
            ticks: { stepSize: 1, color: '#4d4d4d', backdropColor: 'transparent' },
            pointLabels: { color: '#1a1a1c', font: { size: 12 } }
          }
        }
      }
    });
    canvas.setAttribute('data-drawn', String(chart.data.datasets.length));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
