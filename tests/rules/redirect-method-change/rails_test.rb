require "test_helper"

# Statuses asserted by tests are not sent by this code.
class ArticlesControllerTest < ActionDispatch::IntegrationTest
  test "create redirects to the article" do
    post articles_url, params: { article: { title: "Hello" } }
    assert_response :found
    #               !!!!!! redirect-method-change a test assertion
    assert_equal 302, response.status
    #            !!! redirect-method-change a test assertion
  end
end

RSpec.describe "Articles", type: :request do
  it "redirects after update" do
    patch article_path(articles(:one)), params: { article: { title: "New" } }
    expect(response).to have_http_status(:found)
    #                                    !!!!!! redirect-method-change an RSpec matcher
    expect(response.status).to eq(302)
    #                             !!! redirect-method-change an RSpec expectation
  end
end
