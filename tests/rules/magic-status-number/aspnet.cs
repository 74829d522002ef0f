using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Booking.Api;

[ApiController]
[Route("api/bookings")]
public class BookingsController : ControllerBase
{
    private readonly IBookingStore _store;

    public BookingsController(IBookingStore store) => _store = store;

    [HttpGet("{id:int}")]
    public IActionResult Get(int id)
    {
        var booking = _store.Find(id);
        if (booking is null)
        {
            return StatusCode(404);
            //                ^^^ magic-status-number hint => StatusCodes.Status404NotFound
        }
        return StatusCode(StatusCodes.Status200OK, booking);
        //                !!!!!!!!!!!!!!!!!!!!!!! magic-status-number already named
    }

    [HttpPost("{id:int}/cancel")]
    public IActionResult Cancel(int id)
    {
        if (!_store.CanCancel(id))
        {
            return Problem(title: "Booking already started", statusCode: 409);
            //                                                           ^^^ magic-status-number hint => StatusCodes.Status409Conflict
        }
        _store.Cancel(id);
        return StatusCode(202);
        //                ^^^ magic-status-number hint => StatusCodes.Status202Accepted
    }
}

public static class HealthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", (HttpContext context) =>
        {
            context.Response.StatusCode = 503;
            //                            ^^^ magic-status-number hint => StatusCodes.Status503ServiceUnavailable
            return context.Response.WriteAsync("warming up");
        });
    }

    public static async Task<bool> IsUpAsync(HttpClient client)
    {
        var response = await client.GetAsync("http://localhost:5000/health");
        return (int)response.StatusCode == 200;
        //                                 !!! magic-status-number a client comparison
    }
}

public interface IBookingStore
{
    object? Find(int id);
    bool CanCancel(int id);
    void Cancel(int id);
}
