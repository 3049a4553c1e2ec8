// The self-diagnosis radar chart: data comes from the canvas's data- attributes (strict CSP: no inline script).
(function () {
  'use strict';

  function draw() {
    var canvas = document.getElementById('radar');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    // a long area name wraps before its bracket: 「外部人材の活用」「（副業・兼業、…）」
    var labels = (canvas.getAttribute('data-labels') || '').split('|').map(function (label) {
      var bracket = label.indexOf('（');
      return bracket > 0 ? [label.substring(0, bracket), label.substring(bracket)] : label;
    });
    var scores = (canvas.getAttribute('data-scores') || '').split(',').map(Number);
    var chart = new window.Chart(canvas, {
      type: 'radar',
      data: {
        labels: labels,
        datasets: [{
          label: canvas.getAttribute('data-series') || '',
          data: scores,
          backgroundColor: 'rgba(0, 23, 193, 0.15)',
          borderColor: '#0017c1',
          pointBackgroundColor: '#0017c1',
          borderWidth: 2
        }]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        layout: { padding: 8 },
        plugins: { legend: { display: false } },
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 20, color: '#4d4d4d', backdropColor: 'transparent' },
            pointLabels: { color: '#1a1a1c', font: { size: 12 } },
            grid: { color: '#d8d8db' },
            angleLines: { color: '#d8d8db' }
          }
        }
      }
    });
    canvas.setAttribute('data-drawn', String(chart.data.labels.length));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
