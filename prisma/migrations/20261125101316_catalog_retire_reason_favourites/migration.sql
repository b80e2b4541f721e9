-- CreateEnum
CREATE TYPE "FavouriteKind" AS ENUM ('ITEM', 'BUNDLE');

-- AlterTable
ALTER TABLE "service_item_versions" ADD COLUMN     "retired_reason" TEXT;

-- CreateTable
CREATE TABLE "favourites" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "FavouriteKind" NOT NULL,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "favourites_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "favourites_user_id_created_at_idx" ON "favourites"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "favourites_user_id_kind_code_key" ON "favourites"("user_id", "kind", "code");

-- AddForeignKey
ALTER TABLE "favourites" ADD CONSTRAINT "favourites_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
