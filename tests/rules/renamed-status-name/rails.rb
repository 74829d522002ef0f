class Api::ArticlesController < ApplicationController
  rescue_from ActiveRecord::RecordInvalid, with: :unprocessable_entity
  #                                              !!!!!!!!!!!!!!!!!!!!! renamed-status-name a method name, not a status

  def create
    article = Article.new(article_params)
    if article.save
      render json: article, status: :created
    else
      render json: article.errors, status: :unprocessable_entity
      #                                    ^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
    end
  end

  def update
    article = Article.find(params[:id])
    if article.update(article_params)
      render json: article
    else
      render json: article.errors, status: :unprocessable_content
      #                                    !!!!!!!!!!!!!!!!!!!!!! renamed-status-name the current name
    end
  end

  def upload
    if request.content_length > 10.megabytes
      head :payload_too_large
      #    ^^^^^^^^^^^^^^^^^^ renamed-status-name hint
    else
      head :no_content
    end
  end

  def import
    # Rails 7.1 on Rack 3.0 here: the new name would not resolve yet.
    head :payload_too_large if request.content_length > 50.megabytes # http-status: ignore[renamed-status-name]
    #    !!!!!!!!!!!!!!!!!! renamed-status-name suppressed on its own line
  end

  def show
    head :not_found unless Article.exists?(params[:id])
    #    !!!!!!!!!! renamed-status-name never renamed
  end

  private

  def unprocessable_entity(error)
    render json: { error: error.message }, status: 422
    #                                              !!! renamed-status-name a number has no name to rename
  end

  def article_params
    params.require(:article).permit(:title, :body)
  end
end

class ArticlesFlowTest < ActionDispatch::IntegrationTest
  test "rejects an empty title" do
    post api_articles_path, params: { article: { title: "" } }
    assert_response :unprocessable_entity
    #               ^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint Rack 3.1 warns here too
  end
end
