using System.Reflection;
using Monitoring.Contracts.Scheduling;

namespace Monitoring.Grains.Tests.Scheduling;

/// <summary>
/// A grain factory whose clock-driven grains fail their first <see cref="Failures"/> calls and
/// count every call: enough of Orleans for the scheduler's loop, without a cluster. (DispatchProxy
/// needs unsealed proxy types.)
/// </summary>
public class FailingGrains : DispatchProxy
{
    private int _calls;

    public int Failures { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Runs on every call, before it answers (a test's hook, e.g. to cancel a clock move midway).</summary>
    public Action? OnCall { get; set; }

    public static (IGrainFactory Factory, FailingGrains Grains) Create(int failures)
    {
        var factory = Create<IGrainFactory, FailingGrains>();
        var grains = (FailingGrains)(object)factory;
        grains.Failures = failures;
        return (factory, grains);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod is { Name: nameof(IGrainFactory.GetGrain), IsGenericMethod: true }
            && targetMethod.GetGenericArguments()[0] == typeof(IClockDrivenGrain))
        {
            var grain = DispatchProxy.Create<IClockDrivenGrain, Grain>();
            ((Grain)(object)grain).Owner = this;
            return grain;
        }

        throw new NotSupportedException(targetMethod?.Name);
    }

    private Task CallAsync()
    {
        OnCall?.Invoke();
        return Interlocked.Increment(ref _calls) <= Failures ? Task.FromException(new TimeoutException("the grain did not answer")) : Task.CompletedTask;
    }

    /// <summary>The clock-driven grain the factory hands out.</summary>
    public class Grain : DispatchProxy
    {
        internal FailingGrains Owner { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IClockDrivenGrain.OnDueAsync) ? Owner.CallAsync() : throw new NotSupportedException(targetMethod?.Name);
    }
}
