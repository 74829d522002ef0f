using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Library.Controllers;

[ApiController]
[Route("api/books")]
public class BooksController : ControllerBase
{
    private readonly IBookStore _books;

    public BooksController(IBookStore books) => _books = books;

    [HttpDelete("{id}")]
    public IActionResult Delete(int id)
    {
        var removed = _books.Remove(id);
        return StatusCode(204, removed);
        //                ^^^ content-with-bodiless-status warning => 200
    }

    [HttpPut("{id}")]
    public IActionResult Replace(int id, [FromBody] Book book)
    {
        _books.Replace(id, book);
        return StatusCode(StatusCodes.Status204NoContent, new { id, replaced = true });
        //                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => StatusCodes.Status200OK
    }

    [HttpGet("{id}")]
    public IActionResult Get(int id, [FromHeader(Name = "If-None-Match")] string? etag)
    {
        var book = _books.Find(id);
        if (etag == book.ETag)
        {
            return StatusCode(StatusCodes.Status304NotModified, book);
            //                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => StatusCodes.Status200OK
        }
        return StatusCode(StatusCodes.Status200OK, book);
        //                !!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status 200 carries a body
    }

    [HttpDelete]
    public IActionResult Clear()
    {
        _books.Clear();
        return StatusCode(StatusCodes.Status204NoContent);
        //                !!!!!!!!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
    }

    [HttpDelete("archived")]
    public IActionResult ClearArchived()
    {
        _books.ClearArchived();
        return NoContent();
        //     !!!!!!!!! content-with-bodiless-status no status literal and no body
    }

    [HttpPost("{id}/touch")]
    public IActionResult Touch(int id)
    {
        _books.Touch(id);
        return StatusCode(204, null);
        //                !!! content-with-bodiless-status a null body
    }
}

public record Book(int Id, string Title, string ETag);

public interface IBookStore
{
    Book Find(int id);
    Book Remove(int id);
    void Replace(int id, Book book);
    void Touch(int id);
    void Clear();
    void ClearArchived();
}
