using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SearchPortal.Accounts.Auditing;

/// <summary>
/// The request side of the audit log: Record only puts the event in a bounded in-memory channel (no I/O on the request
/// path); <see cref="AuditWriter"/> stores it. When the writer cannot keep up and the channel is full, the event goes
/// to the error log rather than blocking the request.
/// </summary>
public sealed class AuditQueue
{
    private readonly Channel<AuditEvent> _channel;
    private readonly ILogger<AuditQueue> _logger;

    public AuditQueue(IOptions<AuditOptions> options, ILogger<AuditQueue> logger)
    {
        _logger = logger;
        _channel = Channel.CreateBounded<AuditEvent>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: a full channel refuses instead of waiting
        });
    }

    public ChannelReader<AuditEvent> Reader => _channel.Reader;

    public void Record(AuditEvent e)
    {
        if (!_channel.Writer.TryWrite(e))
            _logger.LogError("Audit queue full, event not stored: {Time:o} {User} {Action} {Subject} {Client} {Status}",
                e.TimeUtc, e.User, e.Action, e.Subject, e.Client, e.Status);
    }

    /// <summary>No more events (host stopping); the writer drains what is queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
