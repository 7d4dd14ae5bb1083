using Microsoft.Extensions.Options;
using Monitoring.Persistence.Connections;
using Npgsql;

namespace Monitoring.Server.Hosting;

/// <summary>
/// Before the silo starts (it is registered ahead of it): refuses settings that cannot work (a
/// connection budget not larger than the archive writers, one the server could never grant, retention
/// of less than a day) and logs how this silo's budget fits the server, warning when it does not fit
/// beside the connections other clients hold now.
/// </summary>
internal sealed partial class PostgresBudgetCheck(
    NpgsqlDataSource dataSource, IOptions<MonitoringOptions> options, ILogger<PostgresBudgetCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value.Storage;
        var budget = new ConnectionBudget(storage.MaxConnections, storage.ArchiveWriters);
        // The budget's own problems are refused earlier (PostgresMode.Open); checked again for any other caller.
        if ((budget.Problem ?? options.Value.Retention.Problem) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var server = await ServerConnections.ReadAsync(dataSource, cancellationToken);
        var fit = budget.FitOn(server);
        if (fit == BudgetFit.Impossible)
        {
            throw new InvalidOperationException(
                $"Monitoring:Storage:MaxConnections is {budget.MaxConnections}, but the PostgreSQL server lets ordinary clients open only " +
                $"{server.Usable} connections in all (max_connections {server.MaxConnections} - {server.Reserved} reserved): this silo " +
                "could never get its budget. Lower Monitoring:Storage:MaxConnections or raise max_connections; the sizing rule is " +
                "silos x MaxConnections + other clients <= max_connections - superuser_reserved_connections.");
        }

        LogSizing(logger, budget.MaxConnections, budget.ArchiveWriters, server.Usable, server.MaxConnections, server.Reserved,
            server.OpenByOthers, budget.SilosThatFit(server));
        if (fit == BudgetFit.Crowded)
        {
            LogCrowded(logger, budget.MaxConnections, server.OpenByOthers, server.Free);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message =
        "PostgreSQL connections: this silo may use up to {Budget} ({Writers} held by archive writers) of the {Usable} the server " +
        "allows clients (max_connections {Max} - {Reserved} reserved); other clients hold {Others} now; {Silos} silo(s) of this budget fit the server.")]
    private static partial void LogSizing(ILogger logger, int budget, int writers, int usable, int max, int reserved, int others, int silos);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "PostgreSQL connections: this silo's budget of {Budget} does not fit beside the {Others} connections other clients hold now " +
        "({Free} free): under load PostgreSQL may refuse connections (53300 too many clients). Lower Monitoring:Storage:MaxConnections " +
        "on every silo or raise max_connections.")]
    private static partial void LogCrowded(ILogger logger, int budget, int others, int free);
}
