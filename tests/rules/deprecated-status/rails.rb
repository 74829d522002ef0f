class BrewController < ApplicationController
  def coffee
    render plain: "I'm a teapot", status: 418
    #                                     ^^^ deprecated-status warning =>
  end

  def mirror
    response.headers["Location"] = "http://proxy.internal:3128"
    head :use_proxy
    #    ^^^^^^^^^^ deprecated-status warning =>
  end

  def extensions
    render json: { error: "extension required" }, status: :not_extended
    #                                                     ^^^^^^^^^^^^^ deprecated-status warning =>
  end

  def order
    head :accepted
    #    !!!!!!!!! deprecated-status a current code
  end

  private

  # Reads what the gateway answers: handling a 305 is not sending it.
  def fetch_legacy(uri)
    response = Net::HTTP.get_response(uri)
    if response.code.to_i == 305
    #                        !!! deprecated-status a client reading the status
      response = Net::HTTP.get_response(URI(response["location"]))
    end
    response.body
  end
end

RSpec.describe BrewController, type: :request do
  it "is a teapot" do
    get "/coffee"
    expect(response).to have_http_status(418)
    #                                    !!! deprecated-status a test assertion
  end
end
