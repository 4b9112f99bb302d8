using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace PainCare.Load;

/// <summary>
/// The app's managed heap after a full, blocking garbage collection, read through the runtime's diagnostics port: an
/// EventPipe session with the GCHeapCollect keyword makes the runtime collect, and the GCHeapStats event that follows
/// gives the size of what survived. This is the memory the app really holds, free of garbage not yet collected.
/// </summary>
public static class HeapProbe
{
    public static async Task<long?> LiveHeapBytesAsync(int processId, TimeSpan timeout)
    {
        var client = new DiagnosticsClient(processId);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, keywords)],
            requestRundown: false);
        var result = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var processing = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            var induced = false;
            source.Clr.GCStart += data => induced |= data.Reason == GCReason.Induced && data.Depth == 2;
            source.Clr.GCHeapStats += data =>
            {
                if (induced)
                {
                    result.TrySetResult(data.TotalHeapSize);
                }
            };
            source.Process();
        });

        var finished = await Task.WhenAny(result.Task, Task.Delay(timeout));
        await session.StopAsync(CancellationToken.None);
        await processing.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        return finished == result.Task ? await result.Task : null;
    }
}
