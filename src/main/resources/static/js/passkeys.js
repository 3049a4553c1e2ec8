// Passkeys (WebAuthn) for the sign-in, second-factor and profile pages: the ceremonies of Spring Security's
// endpoints (/webauthn/register/options, /webauthn/register, /webauthn/authenticate/options, /login/webauthn), in a
// file because the CSP forbids the inline script of Spring Security's own pages. Buttons carry data- attributes.
(function () {
  'use strict';

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return window.btoa(binary).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var binary = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(url, body) {
    var headers = { 'Content-Type': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function showError(message) {
    var error = document.getElementById('passkey-error');
    if (error) {
      if (message) {
        error.textContent = message;
      }
      error.hidden = false;
    }
  }

  function signIn(button) {
    var base = button.dataset.base || '/';
    post(base + 'webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + 'login/webauthn', {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated || !result.redirectUrl) {
        throw new Error('not authenticated');
      }
      window.location.href = result.redirectUrl;
    }).catch(function () {
      showError();
    });
  }

  function register(button) {
    var base = button.dataset.base || '/';
    var labelInput = document.getElementById('passkey-label');
    var label = labelInput ? labelInput.value.trim() : '';
    if (!label) {
      showError(button.dataset.labelRequired);
      return;
    }
    post(base + 'webauthn/register/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + 'webauthn/register', {
        publicKey: {
          credential: {
            id: credential.id,
            rawId: encode(credential.rawId),
            response: {
              attestationObject: encode(response.attestationObject),
              clientDataJSON: encode(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not registered');
      }
      window.location.reload();
    }).catch(function () {
      showError();
    });
  }

  document.addEventListener('click', function (event) {
    var signInButton = event.target.closest('[data-passkey-sign-in]');
    if (signInButton) {
      signIn(signInButton);
      return;
    }
    var registerButton = event.target.closest('[data-passkey-register]');
    if (registerButton) {
      register(registerButton);
    }
  });
})();
