class ArticlesController < ApplicationController
  before_action :set_article, only: %i[show edit update destroy]

  def index
    redirect_to root_path, status: :moved_permanently if params[:legacy]
    #                              !!!!!!!!!!!!!!!!!! redirect-method-change index is a GET action
  end

  def show
    redirect_to article_path(@article.canonical), status: :found unless @article.canonical?
    #                                                     !!!!!! redirect-method-change show is a GET action
  end

  def new
    @article = Article.new
  end

  def create
    @article = Article.new(article_params)
    if @article.save
      redirect_to @article, status: :found
      #                             ^^^^^^ redirect-method-change warning => :see_other | :temporary_redirect
    else
      render :new, status: :unprocessable_entity
    end
  end

  def update
    if @article.update(article_params)
      redirect_to @article, status: 302
      #                             ^^^ redirect-method-change warning => 303 | 307
    else
      render :edit, status: :unprocessable_entity
    end
  end

  def destroy
    @article.destroy
    redirect_to articles_path, status: :moved_permanently
    #                                  ^^^^^^^^^^^^^^^^^^ redirect-method-change warning => :see_other | :permanent_redirect
  end

  def publish
    @article.publish!
    redirect_to @article, status: :found
    #                             ^^^^^^ redirect-method-change hint => :see_other | :temporary_redirect
  end

  def archive
    @article.archive!
    redirect_to articles_path, status: :see_other
    #                                  !!!!!!!!!! redirect-method-change already 303
  end

  private

  def set_article
    @article = Article.find(params[:id])
  end

  def article_params
    params.require(:article).permit(:title, :body)
  end
end

class Api::UploadsController < ApplicationController
  def create
    redirect_to "https://storage.example.com/uploads", status: :temporary_redirect, allow_other_host: true
    #                                                          !!!!!!!!!!!!!!!!!!! redirect-method-change 307 keeps the method
  end

  def update
    head :moved_permanently, location: upload_url(params[:id])
    #    ^^^^^^^^^^^^^^^^^^ redirect-method-change warning => :see_other | :permanent_redirect
  end
end
