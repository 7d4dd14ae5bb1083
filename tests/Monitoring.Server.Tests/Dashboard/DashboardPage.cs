using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>The dashboard as a test sees it: the steps an operator takes and the elements they look at.</summary>
public sealed class DashboardPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The connection indicator; its <c>data-state</c> is live, reconnecting, offline, ...</summary>
    public ILocator Connection => page.Locator("#conn");

    public ILocator FlashBanner => page.Locator("#flash-banner");

    public ILocator GuardRow(string guardId) => page.Locator($"tr[data-guard-id='{guardId}']");

    public ILocator AlertCard(string alertId) => page.Locator($"article[data-alert-id='{alertId}']");

    /// <summary>The rows of the tickets panel, newest first.</summary>
    public ILocator TicketRows => page.Locator("#tickets-body tr[data-ticket-id]");

    public ILocator TicketRow(string ticketId) => page.Locator($"#tickets-body tr[data-ticket-id='{ticketId}']");

    /// <summary>The buttons of a ticket's row that are shown: the moves its status allows.</summary>
    public ILocator TicketMoves(string ticketId) => TicketRow(ticketId).Locator("button[data-move]:visible");

    /// <summary>The rows of the silences panel: in force first, then those to come.</summary>
    public ILocator SilenceRows => page.Locator("#silences-body tr[data-silence-id]");

    public ILocator SilenceRow(string silenceId) => page.Locator($"#silences-body tr[data-silence-id='{silenceId}']");

    /// <summary>The "New silence" form (a modal dialog).</summary>
    public ILocator SilenceDialog => page.Locator("#silence-dialog");

    /// <summary>The error shown next to a field of the silence form, by the field's wire path (e.g. <c>endsAt</c>).</summary>
    public ILocator SilenceFieldError(string field) => page.Locator($"#silence-dialog [data-error-for='{field}']");

    /// <summary>Clicks a silence's expire button twice (arm, then confirm).</summary>
    public async Task ExpireSilenceAsync(string silenceId)
    {
        var button = SilenceRow(silenceId).Locator("button[data-expire]");
        await button.ClickAsync();
        await Expect(button).ToHaveTextAsync("Confirm expire");
        await button.ClickAsync();
    }

    /// <summary>The short message at the bottom right (outcomes and refusals of actions).</summary>
    public ILocator Toast => page.Locator("#toast");

    /// <summary>Clicks a ticket's start, resolve or close button (<paramref name="to"/>: in_progress, resolved, closed).</summary>
    public Task MoveTicketAsync(string ticketId, string to) =>
        TicketRow(ticketId).Locator($"button[data-move='{to}']").ClickAsync();

    /// <summary>
    /// Clicks a ticket's assign button and types <paramref name="assignee"/> into the prompt it opens, after
    /// <paramref name="beforeAnswer"/> when given (the page waits on the prompt meanwhile). Returns the prompt's question.
    /// </summary>
    public async Task<string> AssignTicketAsync(string ticketId, string assignee, Func<Task>? beforeAnswer = null)
    {
        var question = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        async void Answer(object? sender, IDialog dialog)
        {
            try
            {
                if (dialog.Type != "prompt")
                {
                    await dialog.DismissAsync();
                    question.TrySetException(new InvalidOperationException($"Expected a prompt, got a {dialog.Type}: {dialog.Message}"));
                    return;
                }

                if (beforeAnswer is not null)
                {
                    await beforeAnswer();
                }

                await dialog.AcceptAsync(assignee);
                question.TrySetResult(dialog.Message);
            }
            catch (Exception e)
            {
                question.TrySetException(e);
                await dialog.DismissAsync().ContinueWith(_ => { }, TaskScheduler.Default); // never leave the page frozen on the prompt
            }
        }

        page.Dialog += Answer;
        try
        {
            await TicketRow(ticketId).Locator("button[data-move='assigned']").ClickAsync();
            return await question.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            page.Dialog -= Answer;
        }
    }

    /// <summary>A site's row in the overview (the landing page).</summary>
    public ILocator SiteRow(string siteId) => page.Locator($"#overview-body tr[data-site-id='{siteId}']");

    /// <summary>The overview's sites, top to bottom (most urgent first).</summary>
    public async Task<List<string>> SiteOrderAsync() =>
        [.. await page.Locator("#overview-body tr[data-site-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.siteId)")];

    /// <summary>
    /// Loads the page, enters the key and the operator's name, picks the site (null: stays on the
    /// overview), and waits until the feed is live.
    /// </summary>
    public async Task OpenAsync(Uri baseAddress, string apiKey, string operatorName, string? siteId)
    {
        await page.GotoAsync(baseAddress.ToString());
        await Expect(page.Locator("#key-dialog")).ToBeVisibleAsync();
        await page.FillAsync("#key-input", apiKey);
        await page.FillAsync("#key-operator", operatorName);
        await page.ClickAsync("#key-submit");
        await Expect(page.Locator("#key-dialog")).Not.ToBeVisibleAsync();
        if (siteId is not null)
        {
            await page.SelectOptionAsync("#site-select", siteId);
        }

        await Expect(Connection).ToHaveAttributeAsync("data-state", "live");
    }
}
