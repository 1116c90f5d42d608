// Copy buttons (data-copy="<id of the field>"), without an inline handler: the pages run under a strict script
// policy. The status next to the button says it worked, for screen readers too (role="status").
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy]') : null;
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById('copy-status');
    if (!field) {
        return;
    }
    var done = function () {
        if (status) {
            status.textContent = button.getAttribute('data-copied');
        }
    };
    field.focus();
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
            if (document.execCommand('copy')) {
                done();
            }
        });
    } else if (document.execCommand('copy')) {
        done();
    }
});
