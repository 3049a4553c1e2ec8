// The schedule page's calendar (FullCalendar), configured from data- attributes of #calendar: CSP forbids inline
// script. Times travel as Japan wall-clock time without an offset: FullCalendar runs with timeZone 'Asia/Tokyo' and
// no time-zone plugin, so its Date objects carry the Japan wall clock in their UTC fields.
(function () {
  'use strict';

  var VIEWS = { day: 'timeGridDay', week: 'timeGridWeek', month: 'dayGridMonth', list: 'listWeek' };

  function viewKey(type) {
    for (var key in VIEWS) {
      if (VIEWS[key] === type) {
        return key;
      }
    }
    return 'week';
  }

  // Japan wall-clock time of a FullCalendar date: "2026-04-01T09:00:00", or "2026-04-01" for all-day.
  function wallClock(date, allDay) {
    var iso = date.toISOString();
    return allDay ? iso.slice(0, 10) : iso.slice(0, 19);
  }

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function init() {
    var el = document.getElementById('calendar');
    if (!el || typeof FullCalendar === 'undefined') {
      return;
    }
    var data = el.dataset;
    var message = document.getElementById('calendar-message');

    function say(text) {
      if (!message) {
        return;
      }
      message.textContent = text;
      message.hidden = !text;
    }

    function move(info) {
      var event = info.event;
      var allDay = event.allDay;
      var body = {
        start: wallClock(event.start, allDay),
        end: event.end ? wallClock(event.end, allDay) : null,
        allDay: allDay,
        version: event.extendedProps.version
      };
      fetch(data.moveUrl + encodeURIComponent(event.id) + '/time', {
        method: 'PATCH',
        headers: csrfHeaders(),
        credentials: 'same-origin',
        body: JSON.stringify(body)
      }).then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            throw new Error(problem.detail || data.labelMoveFailed);
          });
        }
        return response.json();
      }).then(function (result) {
        event.setExtendedProp('version', result.version);
        say([data.labelMoved].concat(result.warnings || []).join(' '));
      }).catch(function (error) {
        info.revert();
        say(error.message || data.labelMoveFailed);
      });
    }

    var calendar = new FullCalendar.Calendar(el, {
      timeZone: 'Asia/Tokyo',
      locale: data.locale,
      initialView: VIEWS[data.view] || VIEWS.week,
      initialDate: data.date,
      firstDay: 1,
      height: 'auto',
      nowIndicator: true,
      slotMinTime: '07:00:00',
      slotMaxTime: '21:00:00',
      scrollTime: data.opens,
      buttonIcons: false,
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek' },
      buttonText: {
        today: data.labelToday, month: data.labelMonth, week: data.labelWeek, day: data.labelDay,
        list: data.labelList, prev: data.labelPrev, next: data.labelNext
      },
      allDayText: data.labelAllDay,
      noEventsText: data.labelNoEvents,
      moreLinkText: function (n) { return data.labelMore.replace('{0}', n); },
      businessHours: { daysOfWeek: [1, 2, 3, 4, 5], startTime: data.opens, endTime: data.closes },
      events: { url: data.eventsUrl, extraParams: { owner: data.owner } },
      editable: true,
      eventDrop: move,
      eventResize: move,
      dateClick: function (info) {
        var params = new URLSearchParams({ date: info.dateStr.slice(0, 10) });
        if (!info.allDay) {
          params.set('time', info.dateStr.slice(11, 16));
        }
        if (data.owner !== 'hub') {
          params.set('owner', data.owner);
        }
        window.location.href = data.newUrl + '?' + params.toString();
      },
      datesSet: function (info) {
        var date = wallClock(calendar ? calendar.getDate() : info.start, true);
        var view = viewKey(info.view.type);
        var url = new URL(window.location.href);
        url.searchParams.set('view', view);
        url.searchParams.set('date', date);
        window.history.replaceState(null, '', url);
        var viewInput = document.getElementById('calendar-view-input');
        var dateInput = document.getElementById('calendar-date-input');
        if (viewInput) { viewInput.value = view; }
        if (dateInput) { dateInput.value = date; }
      }
    });
    calendar.render();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
