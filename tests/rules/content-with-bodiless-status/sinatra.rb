require "sinatra"
require "json"

delete "/notes/:id" do
  note = NOTES.delete(params[:id])
  halt 204, note.to_json
  #    ^^^ content-with-bodiless-status warning => 200
end

put "/notes/:id" do
  NOTES[params[:id]] = JSON.parse(request.body.read)
  halt 204, "saved"
  #    ^^^ content-with-bodiless-status warning => 200
end

delete "/notes" do
  NOTES.clear
  halt 204
  #    !!! content-with-bodiless-status no body
end

post "/notes" do
  halt 201, { id: NOTES.size }.to_json
  #    !!! content-with-bodiless-status 201 carries a body
end

NOTES = {}

# A bare Rack endpoint.
class Ping
  def call(env)
    if env["REQUEST_METHOD"] == "DELETE"
      return [204, { "content-type" => "text/plain" }, ["gone"]]
      #       ^^^ content-with-bodiless-status warning => 200
    end
    if env["HTTP_IF_NONE_MATCH"] == "v1"
      return [304, {}, []]
      #       !!! content-with-bodiless-status an empty body
    end
    [200, { "content-type" => "text/plain" }, ["pong"]]
    #!!! content-with-bodiless-status 200 carries a body
  end
end
