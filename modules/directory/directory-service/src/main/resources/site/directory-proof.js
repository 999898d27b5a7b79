// The proposal form's proof of work (ALTCHA protocol v1, without its widget): fetch a
// challenge from the site (a POST: nothing keeps it), find the number n such that SHA-256(salt + n) is the
// challenge, put the base64 JSON payload in the "preuve" field, then submit.
(function () {
  var form = document.querySelector('form.dir-form input[name=preuve]');
  if (!form) { return; }
  var proof = form;
  form = proof.form;
  var status = form.querySelector('.dir-proof');
  var solving = false;
  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }
  async function solve(challenge) {
    var encoder = new TextEncoder();
    for (var n = 0; n <= challenge.maxnumber; n++) {
      var digest = await crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + n));
      if (hex(digest) === challenge.challenge) { return n; }
    }
    throw new Error('no solution');
  }
  form.addEventListener('submit', async function (event) {
    if (proof.value || solving) { return; }
    event.preventDefault();
    solving = true;
    status.textContent = 'Vérification anti-robot en cours…';
    try {
      var response = await fetch(proof.dataset.challenge, { method: 'POST', cache: 'no-store' });
      var challenge = await response.json();
      var number = await solve(challenge);
      proof.value = btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge,
        number: number, salt: challenge.salt, signature: challenge.signature }));
      status.textContent = 'Vérification faite, envoi de la proposition.';
      form.submit();
    } catch (e) {
      status.textContent = 'La vérification anti-robot a échoué : rechargez la page et réessayez.';
    } finally {
      solving = false;
    }
  });
})();
